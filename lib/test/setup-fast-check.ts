// Property tests explore new random inputs on every local run; in CI they replay one
// fixed seed, so a red build always reproduces and never depends on luck. (Run locally
// with CI=1 to replay CI's inputs.)
import fc from "fast-check";

if (process.env.CI) fc.configureGlobal({ seed: 20_261_121 });
