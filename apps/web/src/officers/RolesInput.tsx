import { ROLES } from '@motcua/domain';
import { CheckboxGroupInput, useTranslate, type Validator } from 'react-admin';
import { GRANT_ADMIN_ROLE } from '../auth/access';
import { useCan } from '../auth/useCan';

const atLeastOneRole: Validator = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'admin.officers.roles_required';

/**
 * Role checkboxes. The Administrator role is offered to system administrators only; when a unit admin edits an
 * account that already has it, the role stays in the value untouched (it is only not shown).
 */
export const RolesInput = () => {
  const mayGrantAdmin = useCan().can(GRANT_ADMIN_ROLE);
  const translate = useTranslate();
  const choices = ROLES.filter((role) => mayGrantAdmin || role !== 'admin').map((role) => ({
    id: role,
    name: `admin.roles.${role}`,
  }));
  return (
    <CheckboxGroupInput
      source="roles"
      choices={choices}
      validate={atLeastOneRole}
      helperText={mayGrantAdmin ? false : translate('admin.officers.admin_role_help')}
    />
  );
};
