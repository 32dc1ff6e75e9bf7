import { defineConfig } from 'vitest/config';

// DOM tests opt in with `// @vitest-environment jsdom`; crypto tests stay in node (jsdom breaks Uint8Array checks).
export default defineConfig({
  test: { environment: 'node', include: ['test/**/*.test.js'], testTimeout: 20000 },
});
