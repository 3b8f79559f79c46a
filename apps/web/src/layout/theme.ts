import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

const brand = { main: '#b71c1c', contrastText: '#ffffff' };

/** Light and dark themes in the colours of Vietnamese public-service portals. */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: { ...defaultLightTheme.palette, primary: brand, secondary: { main: '#8d6e00' } },
};

export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: { ...defaultDarkTheme.palette, primary: { main: '#ef9a9a' }, secondary: { main: '#ffd54f' } },
};
