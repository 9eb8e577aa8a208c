// lit's hydration support for prerendered snippets (a declarative shadow root lit keeps instead of
// rebuilding). It patches LitElement when lit's element module is evaluated, so every entry that
// registers elements imports this module before anything that imports lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
