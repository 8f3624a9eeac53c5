// Set by the LMS builds (tools/vite.lms.config.ts): which standard the package speaks. Undefined in the web game.
interface ImportMetaEnv { readonly VITE_LMS?: 'scorm12' | 'cmi5' }
