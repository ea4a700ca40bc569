import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { emulatorFromSource } from '../emulatorSource.ts'

// Storybook's own Vite config. The root vite.config.ts is the library build (lib mode, .d.ts
// emission, externals); Storybook builds an app, so it must not inherit any of that.
export default defineConfig({
  ...emulatorFromSource,
  plugins: [react()],
})
