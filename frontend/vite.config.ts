import { writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const outDir = fileURLToPath(new URL('./dist', import.meta.url));

/**
 * emptyOutDir wipes dist/, including the committed dist/.gitkeep that lets
 * `//go:embed all:frontend/dist` compile in a fresh clone. Put it back after
 * every build so the working tree stays clean.
 */
function keepGitkeep(): Plugin {
  return {
    name: 'fieldvault:keep-gitkeep',
    apply: 'build',
    closeBundle() {
      if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
      writeFileSync(`${outDir}/.gitkeep`, '');
    },
  };
}

export default defineConfig({
  // Wails serves the built assets itself; relative URLs work from any origin.
  base: './',
  plugins: [react(), keepGitkeep()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
  },
});
