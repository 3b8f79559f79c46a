import {
  maxLength,
  minLength,
  NumberInput,
  regex,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { UnitTreeInput } from './UnitTreeInput';
import { UNIT_KINDS, type Unit } from './unitTree';

/** The API's rule for unit codes (apps/api units/dto/unit.dto.ts). */
const CODE = /^[A-Za-z0-9._-]{1,50}$/;

const validateCode = [required(), regex(CODE, 'admin.units.code_format')];
const validateName = [required(), minLength(2), maxLength(255)];

/** The inputs of the unit create and edit forms. */
export const UnitFormInputs = () => {
  const translate = useTranslate();
  const unit = useRecordContext<Unit>();
  const parentId = useWatch({ name: 'parentId' }) as number | null | undefined;
  const kinds = UNIT_KINDS.map((kind) => ({ id: kind, name: translate(`resources.units.kinds.${kind}`) }));
  return (
    <>
      <TextInput source="code" validate={validateCode} />
      <TextInput source="name" validate={validateName} fullWidth />
      <SelectInput source="kind" choices={kinds} validate={required()} />
      <UnitTreeInput
        source="parentId"
        excluding={unit}
        parse={(value: unknown) => (value === '' || value === undefined ? null : value)}
        // Only true while no parent is chosen.
        helperText={parentId == null ? translate('admin.units.root') : false}
        fullWidth
      />
      <NumberInput source="sortOrder" min={0} max={100000} step={1} />
    </>
  );
};
