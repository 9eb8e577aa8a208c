// Registers every element. This is the entry of the CDN bundles.
import './elements/treatment-card/define.js';

export * from './index.js';
