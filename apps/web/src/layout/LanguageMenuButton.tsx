import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import TranslateIcon from '@mui/icons-material/Translate';
import { Button, IconButton, Menu, MenuItem, Tooltip, useMediaQuery, type Theme } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import { useLocales, useLocaleState, useTranslate } from 'react-admin';

const MENU_ID = 'language-menu';

/**
 * The language switch of the app bar: the language's name on wider screens, an icon on phones, where the
 * name took the room the page title needs. Either way its accessible name says what it is and what is chosen.
 */
export const LanguageMenuButton = () => {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const current = languages.find((language) => language.locale === locale)?.name ?? locale;
  const label = translate('app.language.switch', { language: current });
  const open = (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget);
  const trigger = {
    'aria-label': label,
    'aria-haspopup': true,
    'aria-controls': anchor ? MENU_ID : undefined,
    'aria-expanded': anchor ? true : undefined,
    onClick: open,
  };

  return (
    <>
      {isPhone ? (
        <Tooltip title={label}>
          <IconButton color="inherit" {...trigger}>
            <TranslateIcon />
          </IconButton>
        </Tooltip>
      ) : (
        <Button
          color="inherit"
          startIcon={<TranslateIcon />}
          endIcon={<ExpandMoreIcon fontSize="small" />}
          {...trigger}
        >
          {current}
        </Button>
      )}
      <Menu id={MENU_ID} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            lang={language.locale}
            selected={language.locale === locale}
            onClick={() => {
              setLocale(language.locale);
              setAnchor(null);
            }}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};
