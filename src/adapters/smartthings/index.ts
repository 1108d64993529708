export { createSmartThingsAdapter } from './adapter.js';
