import { ROLES } from '@motcua/domain';
import { CheckboxGroupInput, useTranslate, type Validator } from 'react-admin';
import { useStaffAbilities } from './permissions';

const atLeastOneRole: Validator = (value: unknown) =>
  Array.isArray(value) && value.length > 0 ? undefined : 'admin.officers.roles_required';

/**
 * Role checkboxes. The Administrator role is offered to system administrators only; when a unit admin edits an
 * account that already has it, the role stays in the value untouched (it is only not shown).
 */
export const RolesInput = () => {
  const { isAdmin } = useStaffAbilities();
  const translate = useTranslate();
  const choices = ROLES.filter((role) => isAdmin || role !== 'admin').map((role) => ({
    id: role,
    name: `admin.roles.${role}`,
  }));
  return (
    <CheckboxGroupInput
      source="roles"
      choices={choices}
      validate={atLeastOneRole}
      helperText={isAdmin ? false : translate('admin.officers.admin_role_help')}
    />
  );
};
