/** Scoring profiles (DESIGN §10): the schema, the built-ins, and loading one by name or from JSON. */
export { ProfileSchema, type ScoringProfile, type QualitativeShares, type QualitativeBands } from "./schema";
export { BUILTIN_PROFILES, DEFAULT_PROFILE, YITIHUA_PROFILE, BUDGET20_PROFILE } from "./builtins";
export { BUILTIN_PROFILE_NAMES, builtinProfile, parseProfile, profileLabel, type ProfileResult } from "./load";
export { problemText, PROFILE_PROBLEM_MESSAGES, type ProfileProblem, type ProfileProblemCode, type ProfileProblemParams, type ProfileRange } from "./problems";
export { formulasOf } from "./formulas";
