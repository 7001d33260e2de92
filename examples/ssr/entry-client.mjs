// The browser's part: loading the module upgrades the server-rendered <hf-hotline-banner>.
import './help-banner.mjs';
