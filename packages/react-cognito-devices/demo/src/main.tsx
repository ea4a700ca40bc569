import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../../src/styles/index.css'
import '../../src/styles/themes/ocean.css'
import './demo.css'
import { configureAmplify } from './amplifyConfig'
import { App } from './App'
import { applyColorMode, initialColorMode } from './colorMode'
import { setUpPageLanguage } from './pageLanguage'

configureAmplify()
setUpPageLanguage()
// Before the first render, so the page never flashes in the other mode. Not remembered: only a
// click on the toggle stores a choice.
applyColorMode(initialColorMode(), false)

const root = document.getElementById('root')
if (!root) throw new Error('demo/index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
