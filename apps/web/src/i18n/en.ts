import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';

/** English, the second language: same keys as vi.ts. */
export const en: TranslationMessages = {
  ...englishMessages,
  app: {
    title: 'One-Stop Officer Console',
    short_title: 'One-Stop',
    dashboard: {
      welcome: 'Welcome to the officer record standardisation console',
      intro: 'Complete your personal record accurately before the deadline so it matches VNeID and links the e-receipt account.',
    },
    errors: {
      network: 'Cannot reach the server. Please check your connection and try again.',
    },
  },
  resources: {
    units: {
      name: 'Unit |||| Units',
      fields: {
        code: 'Unit code',
        name: 'Unit name',
        kind: 'Kind',
        depth: 'Level',
        parentId: 'Parent unit',
        sortOrder: 'Order',
        subtreeOf: 'Within unit',
      },
      kinds: {
        province: 'Province / City',
        department: 'Department',
        district: 'District People’s Committee',
        commune: 'Commune / Ward People’s Committee',
        office: 'Office',
        team: 'Team',
      },
    },
  },
};

export default en;
