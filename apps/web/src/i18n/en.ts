import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { withFeatureTexts } from './features';

/** English, the second language: same keys as vi.ts. */
const shell: TranslationMessages = {
  ...englishMessages,
  // react-admin's NotFound page adds its own period after this message.
  ra: {
    ...englishMessages.ra,
    message: { ...englishMessages.ra.message, not_found: 'Either you typed a wrong URL, or you followed a bad link' },
  },
  app: {
    title: 'One-Stop Officer Console',
    short_title: 'One-Stop',
    language: { switch: 'Language: %{language}' },
    list: {
      more_than: 'more than %{total}',
      range: '%{offsetBegin}–%{offsetEnd} of %{total}',
    },
    form_errors: {
      title: 'Not saved. Please correct this field: |||| Not saved. Please correct these %{smart_count} fields:',
    },
    errors: {
      network: 'Cannot reach the server. Please check your connection and try again.',
    },
  },
};

/** The catalogue: react-admin's, the shell's, and each feature's own texts. */
export const en: TranslationMessages = withFeatureTexts('en', shell);

export default en;
