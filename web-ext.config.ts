import { defineWebExtConfig } from 'wxt';

// `wxt` (dev mode) must not try to open a browser on a machine without one configured.
export default defineWebExtConfig({ disabled: true });
