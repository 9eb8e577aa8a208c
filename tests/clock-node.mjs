// Loaded with `node --import` before the Node tests: installs the shared test clock (tests/clock.mjs).
import { clockScript } from './clock.mjs';

new Function(clockScript)();
