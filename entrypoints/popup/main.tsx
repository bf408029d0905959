import '@/lib/ui/styles/base.css';
import '@/lib/ui/styles/cards.css';
import '@/lib/ui/styles/popup.css';
import catalogue from 'virtual:endolens-catalogue';
import { render } from 'preact';
import { PopupContainer } from '@/lib/ui/popup/PopupContainer';

// Thin entrypoint: the container finds the tab, loads its summary and the settings.
render(<PopupContainer catalogue={catalogue} />, document.getElementById('app')!);
