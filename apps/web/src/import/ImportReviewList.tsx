import { Fragment, useState } from 'react';
import { Alert, Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { ROLES, type Role } from '@motcua/domain';
import { useTranslate } from 'react-admin';
import { PagePicker } from '../common/PagePicker';
import type { ImportChange, ImportFlag, ImportRowReview } from './importApi';

type Translate = ReturnType<typeof useTranslate>;

/** Names in the roles' own order (Cán bộ first), as the officer pages list them. */
const roleNames = (translate: Translate, roles: readonly string[]) =>
  [...roles]
    .sort((a, b) => ROLES.indexOf(a as Role) - ROLES.indexOf(b as Role))
    .map((role) => translate(`admin.roles.${role}`, { _: role }))
    .join(', ');

/** A value as the user reads it: dd/MM/yyyy, the gender's and roles' names, "(trống)" for nothing. */
export function changeValueText(
  translate: Translate,
  field: ImportChange['field'],
  value: ImportChange['before'],
): string {
  if (value === null || (Array.isArray(value) && value.length === 0)) return translate('admin.import.review.empty');
  if (Array.isArray(value)) return roleNames(translate, value);
  if (field === 'gender') return translate(`admin.gender.${value}`, { _: value });
  if (field === 'birthDate') return value.split('-').reverse().join('/');
  return value;
}

const fieldLabel = (translate: Translate, field: ImportChange['field']) =>
  field === 'unitCode'
    ? translate('admin.import.review.unit')
    : translate(`admin.import.columns.${field}`, { _: field });

const flagText = (translate: Translate, flag: ImportFlag, review: ImportRowReview) =>
  translate(`admin.import.review.flags.${flag}`, {
    account: review.account?.username ?? '',
    username: review.username,
    roles: roleNames(translate, review.grantedRoles),
  });

const ROWS_PER_PAGE = 50;

const ReviewItem = ({ review }: { review: ImportRowReview }) => {
  const translate = useTranslate();
  const flagged = review.flags.length > 0;
  const who =
    review.account && review.account.username !== review.username
      ? translate('admin.import.review.matched_as', { account: review.account.username, username: review.username })
      : review.username;
  return (
    <Paper
      component="li"
      variant="outlined"
      data-sheet-row={review.row}
      data-flagged={flagged ? 'true' : undefined}
      sx={{ p: 1.5, borderLeftWidth: flagged ? 4 : 1, borderLeftColor: flagged ? 'warning.main' : undefined }}
    >
      <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <Typography component="span" sx={{ fontWeight: 600 }}>
          {translate('admin.import.review.row', { row: review.row })}
        </Typography>
        <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
          {who} — {review.fullName}
        </Typography>
        <Chip size="small" variant="outlined" label={translate(`admin.import.review.${review.action}`)} />
      </Stack>
      {review.flags.map((flag) => (
        <Alert
          key={flag}
          severity={flag === 'admin_role_grant' ? 'error' : 'warning'}
          sx={{ mt: 1, py: 0 }}
          data-flag={flag}
        >
          {flagText(translate, flag, review)}
        </Alert>
      ))}
      {review.changes.length > 0 && (
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content minmax(0, 1fr)',
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            mt: 1,
          }}
        >
          {review.changes.map((change) => (
            <Fragment key={change.field}>
              <Box component="dt" sx={{ color: 'text.secondary' }}>
                {fieldLabel(translate, change.field)}
              </Box>
              <Box component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }} data-field={change.field}>
                {changeValueText(translate, change.field, change.before)} →{' '}
                <strong>{changeValueText(translate, change.field, change.after)}</strong>
              </Box>
            </Fragment>
          ))}
        </Box>
      )}
    </Paper>
  );
};

/**
 * What importing would do to each account it touches: every changed field, before → after, and the rows that
 * need a second look (role grants, CCCD matches) marked. A list of cards rather than a table, so a phone shows it
 * without scrolling sideways; paged, since a 20,000-row file can update thousands of accounts.
 */
export const ImportReviewList = ({
  review,
  title = 'admin.import.review.title',
}: {
  review: readonly ImportRowReview[];
  title?: string;
}) => {
  const translate = useTranslate();
  const [page, setPage] = useState(0);
  if (review.length === 0) return null;
  const titleId = `import-review-${title.split('.').pop()}`;
  return (
    <Box component="section" aria-labelledby={titleId}>
      <Typography variant="subtitle1" component="h2" id={titleId}>
        {translate(title)}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('admin.import.review.caption')}
      </Typography>
      <Stack component="ul" spacing={1} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {review.slice(page * ROWS_PER_PAGE, (page + 1) * ROWS_PER_PAGE).map((item) => (
          <ReviewItem key={item.row} review={item} />
        ))}
      </Stack>
      <PagePicker total={review.length} page={page} perPage={ROWS_PER_PAGE} onPage={setPage} />
    </Box>
  );
};
