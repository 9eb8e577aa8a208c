// The elements' template types (props and @mbc-* events) come from the package.
import type {} from 'mbc-elements/frameworks/vue';
