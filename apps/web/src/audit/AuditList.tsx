import { Typography } from '@mui/material';
import { AUDIT_ACTIONS, auditActionLabel } from '@motcua/contracts';
import {
  AutocompleteInput,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../layout/ListPagination';
import { AuditEntries } from './AuditEntries';
import { AuditExportButton } from './AuditExportButton';
import { VietnamDateFilterInput } from './VietnamDateFilterInput';

interface OfficerOption {
  fullName: string;
  username: string;
}

const officerText = (officer: OfficerOption | undefined) =>
  officer ? `${officer.fullName} (${officer.username})` : '';

/** An officer picked by name or username (the officers list's own accent-insensitive search). */
const OfficerFilter = ({ source }: { source: 'officerId' | 'actorId'; alwaysOn?: boolean }) => (
  <ReferenceInput source={source} reference="officers" sort={{ field: 'fullName', order: 'ASC' }}>
    <AutocompleteInput
      label={`resources.audit.fields.${source}`}
      optionText={officerText}
      filterToQuery={(q: string) => ({ q })}
      sx={{ minWidth: 260 }}
    />
  </ReferenceInput>
);

const ActionFilter = (_props: { source: string; alwaysOn?: boolean }) => {
  const [locale] = useLocaleState();
  const choices = AUDIT_ACTIONS.map((id) => ({ id, name: auditActionLabel(id, locale === 'en' ? 'en' : 'vi') }));
  return (
    <SelectInput source="action" label="resources.audit.fields.action" choices={choices} translateChoice={false} />
  );
};

const filters = [
  <OfficerFilter key="officerId" source="officerId" alwaysOn />,
  <ActionFilter key="action" source="action" alwaysOn />,
  <OfficerFilter key="actorId" source="actorId" />,
  <VietnamDateFilterInput key="from" source="from" label="resources.audit.fields.from" />,
  <VietnamDateFilterInput key="to" source="to" label="resources.audit.fields.to" />,
];

const AuditListActions = () => (
  <TopToolbar>
    <FilterButton />
    <AuditExportButton />
  </TopToolbar>
);

/** A fresh province has no changes yet: say so plainly (react-admin's default offers to create one). */
const AuditEmpty = () => {
  const translate = useTranslate();
  return <Typography sx={{ p: 2 }}>{translate('resources.audit.empty')}</Typography>;
};

/** "Nhật ký thay đổi": every change in the province, for system administrators (GET /api/audit). */
export const AuditList = () => (
  <List
    filters={filters}
    actions={<AuditListActions />}
    sort={{ field: 'createdAt', order: 'DESC' }}
    perPage={25}
    pagination={<ListPagination />}
    empty={<AuditEmpty />}
  >
    <AuditEntries />
  </List>
);

export default AuditList;
