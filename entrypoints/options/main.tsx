import '@/lib/ui/styles/base.css';
import '@/lib/ui/styles/options.css';
import catalogue from 'virtual:endolens-catalogue';
import { render } from 'preact';
import { OptionsContainer } from '@/lib/ui/options/OptionsContainer';

// Thin entrypoint: the container loads and saves the settings and the reports.
render(<OptionsContainer catalogue={catalogue} />, document.getElementById('app')!);
