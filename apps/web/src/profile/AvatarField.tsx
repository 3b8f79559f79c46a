import DeleteIcon from '@mui/icons-material/Delete';
import PhotoCamera from '@mui/icons-material/PhotoCamera';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Stack from '@mui/material/Stack';
import { useRef, useState } from 'react';
import { Confirm, useNotify, useTranslate } from 'react-admin';
import { apiFailureOf, removeAvatar, uploadAvatar } from './profileApi';

/** The API's limits (apps/api profile/avatar-image.ts), checked here first so a wrong file costs no upload. */
export const AVATAR_MAX_BYTES = 2 * 1024 * 1024;
export const AVATAR_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;

/** The i18n key of the reason a file is refused before upload, or undefined. */
export function avatarFileProblem(file: Pick<File, 'size' | 'type'>): string | undefined {
  if (!(AVATAR_TYPES as readonly string[]).includes(file.type)) return 'profile.avatar.wrong_type';
  if (file.size > AVATAR_MAX_BYTES) return 'profile.avatar.too_large';
  return undefined;
}

interface AvatarFieldProps {
  avatarUrl: string | null;
  fullName: string;
  /** Called after an upload or removal: both change the record's version and completeness. */
  onChanged: () => Promise<void>;
  disabled?: boolean;
}

/** Ảnh đại diện: preview, upload (PUT /api/me/avatar) and removal (DELETE, after a confirmation), each saved at once. */
export const AvatarField = ({ avatarUrl, fullName, onChanged, disabled }: AvatarFieldProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);

  const run = async (call: () => Promise<unknown>, success: string) => {
    setBusy(true);
    setError(undefined);
    try {
      await call();
      await onChanged();
      notify(success, { type: 'success' });
    } catch (failure) {
      const { message, fieldErrors } = apiFailureOf(failure);
      setError(fieldErrors.file ?? message);
    } finally {
      setBusy(false);
    }
  };

  const pick = (file: File | undefined) => {
    if (input.current) input.current.value = '';
    if (!file) return;
    const problem = avatarFileProblem(file);
    if (problem) setError(translate(problem));
    else void run(() => uploadAvatar(file), 'profile.avatar.uploaded');
  };

  return (
    <Box>
      <FormLabel component="div" sx={{ mb: 1 }}>
        {translate('profile.fields.avatar')}
      </FormLabel>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Avatar src={avatarUrl ?? undefined} alt={translate('profile.avatar.alt')} sx={{ width: 72, height: 72 }}>
          {fullName.trim().split(/\s+/).pop()?.charAt(0)}
        </Avatar>
        <Button
          component="label"
          variant="outlined"
          size="small"
          startIcon={<PhotoCamera />}
          disabled={disabled || busy}
        >
          {translate('profile.avatar.upload')}
          <input
            ref={input}
            type="file"
            hidden
            accept={AVATAR_TYPES.join(',')}
            aria-label={translate('profile.avatar.upload')}
            onChange={(event) => pick(event.target.files?.[0])}
          />
        </Button>
        {avatarUrl && (
          <Button
            variant="text"
            size="small"
            color="error"
            startIcon={<DeleteIcon />}
            disabled={disabled || busy}
            onClick={() => setConfirmingRemoval(true)}
          >
            {translate('profile.avatar.remove')}
          </Button>
        )}
        {/* The photo is gone for good once deleted (and a campaign may require one): ask first. */}
        <Confirm
          isOpen={confirmingRemoval}
          loading={busy}
          title="profile.avatar.remove_title"
          content="profile.avatar.remove_content"
          confirm="profile.avatar.remove"
          confirmColor="warning"
          onConfirm={() => {
            setConfirmingRemoval(false);
            void run(removeAvatar, 'profile.avatar.removed');
          }}
          onClose={() => setConfirmingRemoval(false)}
        />
      </Stack>
      <FormHelperText error={Boolean(error)} role={error ? 'alert' : undefined}>
        {error ?? translate('profile.avatar.hint')}
      </FormHelperText>
    </Box>
  );
};
