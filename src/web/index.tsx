/**
 * The standalone page's entry (dist/web/index.html): picks the language (`?lang=en`, else the
 * browser's), and renders the page. A rendering failure shows a plain sentence, never a stack.
 */
import { Component, StrictMode, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core";
import { currentLanguage } from "./language";
import { pageStrings } from "./strings";
import { WebApp } from "./WebApp";

class PageErrorBoundary extends Component<{ lang: Lang; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    if (!this.state.failed) return this.props.children;
    const en = this.props.lang === "en";
    return (
      <div role="alert" style={{ padding: "16px", fontFamily: "system-ui, sans-serif" }}>
        <h1 style={{ fontSize: "20px" }}>{en ? "Something went wrong" : "页面出错了"}</h1>
        <p>{en ? "Reload the page and open the workbook again. Your file was not changed." : "请刷新页面后重新打开工作簿。您的文件没有被修改。"}</p>
      </div>
    );
  }
}

const lang = currentLanguage();
document.documentElement.lang = lang;
document.title = pageStrings(lang).documentTitle;

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <PageErrorBoundary lang={lang}>
        <WebApp lang={lang} />
      </PageErrorBoundary>
    </StrictMode>,
  );
}
