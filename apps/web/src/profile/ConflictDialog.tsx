import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslate } from 'react-admin';
import type { Profile } from './profileApi';
import { fieldsChangedOnServer, formValuesOf, type FormField, type ProfileFormValues } from './profileForm';

interface ConflictDialogProps {
  /** The record as read before editing. */
  base: Profile;
  /** The record as it is now on the server (the 409's `current`). */
  current: Profile;
  values: ProfileFormValues;
  pageLabel: (path: string) => string;
  onReload: () => void;
  onClose: () => void;
}

/** 409 VERSION_CONFLICT: which fields the server changed, its value beside what the officer typed. */
export const ConflictDialog = ({ base, current, values, pageLabel, onReload, onClose }: ConflictDialogProps) => {
  const translate = useTranslate();
  const server = formValuesOf(current);
  const fields = fieldsChangedOnServer(base, current);

  const shown = (field: FormField, form: ProfileFormValues, stored: boolean): string => {
    if (field === 'receiptPassword') {
      if (!stored && form.receiptPassword) return translate('profile.receipt_password.typed');
      if (!stored && form.clearReceiptPassword) return translate('profile.receipt_password.clear');
      const set = stored ? current.receiptPasswordSet : base.receiptPasswordSet;
      return translate(set ? 'profile.receipt_password.set' : 'profile.receipt_password.not_set');
    }
    const value = form[field].trim();
    if (value === '') return translate('profile.conflict.empty');
    if (field === 'gender') return translate(`profile.gender.${value}`);
    if (field === 'defaultPage') return pageLabel(value);
    return value;
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby="profile-conflict-title" fullWidth maxWidth="sm">
      <DialogTitle id="profile-conflict-title">{translate('profile.conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {translate(fields.length ? 'profile.conflict.intro' : 'profile.conflict.no_field')}
        </DialogContentText>
        {fields.length > 0 && (
          <Table size="small" aria-label={translate('profile.conflict.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('profile.conflict.field')}</TableCell>
                <TableCell>{translate('profile.conflict.server')}</TableCell>
                <TableCell>{translate('profile.conflict.mine')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {fields.map((field) => (
                <TableRow key={field} data-field={field}>
                  <TableCell component="th" scope="row">
                    {translate(`profile.fields.${field}`)}
                  </TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{shown(field, server, true)}</TableCell>
                  <TableCell sx={{ overflowWrap: 'anywhere' }}>{shown(field, values, false)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('profile.conflict.close')}</Button>
        <Button onClick={onReload} variant="contained">
          {translate('profile.conflict.reload')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
