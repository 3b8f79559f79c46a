import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import { APP_PAGES, pagesForRoles, type Role } from '@motcua/domain';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Loading, Title, useLocaleState, useLogoutIfAccessDenied, useTranslate } from 'react-admin';
import { CompletenessCard } from './CompletenessCard';
import { ConflictDialog } from './ConflictDialog';
import { apiFailureOf, getCurrentUser, getProfile, type Profile } from './profileApi';
import { ProfileForm, type PageOption } from './ProfileForm';
import { useLeaveWarning } from '../common/useLeaveWarning';
import { useProfileEditor } from './useProfileEditor';

/** Trang mặc định: the pages the officer's roles may open, plus the stored one if the roles could not be read. */
function usePageOptions(roles: readonly Role[], stored: string | null) {
  const [locale] = useLocaleState();
  return useMemo(() => {
    const lang = locale === 'en' ? 'en' : 'vi';
    const labelOf = (path: string) => APP_PAGES.find((page) => page.path === path)?.labels[lang] ?? path;
    const options: PageOption[] = pagesForRoles(roles).map((page) => ({ path: page.path, label: page.labels[lang] }));
    if (stored && !options.some((option) => option.path === stored))
      options.push({ path: stored, label: labelOf(stored) });
    return { options, labelOf };
  }, [roles, stored, locale]);
}

const ProfileEditorView = ({ initial, roles }: { initial: Profile; roles: readonly Role[] }) => {
  const editor = useProfileEditor(initial);
  useLeaveWarning(editor.dirty);
  const { options, labelOf } = usePageOptions(roles, editor.base.defaultPage);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 1fr) minmax(280px, 360px)' },
        alignItems: 'start',
      }}
    >
      {/* First in the DOM, so it sits above the form on a phone; beside it from md up. */}
      <Box sx={{ gridColumn: { md: 2 }, gridRow: { md: 1 }, minWidth: 0 }}>
        <CompletenessCard
          profile={editor.base}
          dirty={editor.dirty}
          confirming={editor.confirming}
          onConfirm={() => void editor.confirm()}
        />
      </Box>
      <Card sx={{ gridColumn: { md: 1 }, gridRow: { md: 1 }, minWidth: 0 }}>
        <CardContent>
          <ProfileForm editor={editor} pageOptions={options} />
        </CardContent>
      </Card>
      {editor.conflict && (
        <ConflictDialog
          base={editor.base}
          current={editor.conflict}
          values={editor.values}
          pageLabel={labelOf}
          onReload={editor.reloadFromConflict}
          onClose={editor.closeConflict}
        />
      )}
    </Box>
  );
};

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; profile: Profile };

/** "Thông tin cá nhân": the signed-in officer's own record (route /profile). */
export const ProfilePage = () => {
  const translate = useTranslate();
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [roles, setRoles] = useState<Role[]>([]);

  const load = useCallback(
    (isCurrent: () => boolean = () => true) => {
      setLoaded({ state: 'loading' });
      getProfile().then(
        (profile) => isCurrent() && setLoaded({ state: 'ready', profile }),
        async (error: unknown) => {
          if (!isCurrent() || (await logoutIfAccessDenied(error))) return;
          setLoaded({ state: 'failed', message: apiFailureOf(error).message });
        },
      );
      // The roles only decide the "Trang mặc định" choices; the form works without them.
      getCurrentUser().then(
        (user) => isCurrent() && setRoles(user.roles ?? []),
        () => undefined,
      );
    },
    [logoutIfAccessDenied],
  );

  useEffect(() => {
    let current = true;
    load(() => current);
    return () => {
      current = false;
    };
  }, [load]);

  return (
    <Box sx={{ py: { xs: 1, sm: 2 }, px: { xs: 0, sm: 1 } }}>
      <Title title="profile.title" />
      {loaded.state === 'loading' && <Loading />}
      {loaded.state === 'failed' && (
        <Alert
          severity="error"
          action={
            <Button color="inherit" size="small" onClick={() => load()}>
              {translate('profile.actions.retry')}
            </Button>
          }
        >
          {translate('profile.messages.load_failed')} {translate(loaded.message, { _: loaded.message })}
        </Alert>
      )}
      {loaded.state === 'ready' && <ProfileEditorView initial={loaded.profile} roles={roles} />}
    </Box>
  );
};

export default ProfilePage;
