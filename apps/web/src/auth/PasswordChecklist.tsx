import { checkPassword, formatRuleError, PASSWORD_RULES, type PasswordContext } from '@motcua/domain';
import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import { Box, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useId, useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { useDomainLocale } from './passwordMessages';

export interface PasswordChecklistProps {
  password: string;
  /** The username (and, where known, CCCD and phone) the password must not contain. */
  context?: PasswordContext;
}

type RuleState = 'pending' | 'met' | 'failed';

/**
 * Every rule of the password policy from libs/domain, ticked live as the new password is typed: the same
 * checkPassword the API runs, worded by formatRuleError in the current language.
 */
export const PasswordChecklist = ({ password, context }: PasswordChecklistProps) => {
  const translate = useTranslate();
  const locale = useDomainLocale();
  const titleId = useId();
  const failed = useMemo(
    () => new Set(checkPassword(password, context).errors.map((error) => error.code)),
    [password, context],
  );
  const stateOf = (code: string): RuleState => (password === '' ? 'pending' : failed.has(code) ? 'failed' : 'met');

  return (
    <Box component="section" aria-labelledby={titleId} sx={{ mt: 1, mb: 2 }}>
      <Typography id={titleId} variant="body2" color="text.secondary">
        {translate('app.auth.password.checklist_title')}
      </Typography>
      <List dense disablePadding aria-labelledby={titleId}>
        {PASSWORD_RULES.map((rule) => {
          const state = stateOf(rule.code);
          return (
            <ListItem
              key={rule.code}
              disableGutters
              data-rule={rule.code}
              data-state={state}
              sx={{ py: 0, alignItems: 'flex-start' }}
            >
              <ListItemIcon sx={{ minWidth: 30, mt: 0.5 }}>
                <RuleIcon
                  state={state}
                  label={translate(state === 'met' ? 'app.auth.password.rule_met' : 'app.auth.password.rule_unmet')}
                />
              </ListItemIcon>
              <ListItemText
                primary={formatRuleError(rule, locale)}
                slotProps={{
                  primary: {
                    variant: 'body2',
                    color: state === 'failed' ? 'error' : state === 'met' ? 'success.main' : 'text.secondary',
                  },
                }}
              />
            </ListItem>
          );
        })}
      </List>
    </Box>
  );
};

const RuleIcon = ({ state, label }: { state: RuleState; label: string }) => {
  if (state === 'met') return <CheckCircleIcon fontSize="small" color="success" titleAccess={label} />;
  if (state === 'failed') return <CancelIcon fontSize="small" color="error" titleAccess={label} />;
  return <RadioButtonUncheckedIcon fontSize="small" color="disabled" titleAccess={label} />;
};

export default PasswordChecklist;
