// The elements' types (attributes and onmbc-* events) come from the package.
import type {} from 'mbc-elements/frameworks/svelte';
