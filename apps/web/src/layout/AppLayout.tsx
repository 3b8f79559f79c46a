import type { ReactNode } from 'react';
import { Layout } from 'react-admin';

/** react-admin's layout: the app bar shows the language switch and the light/dark toggle on its own. */
export const AppLayout = ({ children }: { children: ReactNode }) => <Layout>{children}</Layout>;
