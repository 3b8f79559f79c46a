import {
  maxLength,
  minLength,
  NumberInput,
  required,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { UnitTreeInput } from './UnitTreeInput';
import { UNIT_KINDS, validateUnitCode, type Unit } from '@motcua/contracts';
import { domainValidator } from '../common/domainValidators';

/** The rule the API's DTO applies, with the same message. */
const validateCode = [required(), domainValidator(validateUnitCode)];
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
