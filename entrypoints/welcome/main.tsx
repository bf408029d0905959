import '@/lib/ui/styles/base.css';
import '@/lib/ui/styles/welcome.css';
import { render } from 'preact';
import { WelcomeApp } from '@/lib/ui/welcome/WelcomeApp';

// Thin entrypoint: checks and requests access to websites (Firefox asks the person for it).
const ALL_SITES = { origins: ['<all_urls>'] };
const root = document.getElementById('app')!;
const draw = (granted: boolean | undefined) =>
  render(<WelcomeApp granted={granted} onGrant={() => void browser.permissions.request(ALL_SITES).then(draw)} />, root);
draw(undefined);
void browser.permissions.contains(ALL_SITES).then(draw, () => draw(false));
