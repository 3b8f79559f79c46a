import UploadFileIcon from '@mui/icons-material/UploadFile';
import { useMediaQuery, type Theme } from '@mui/material';
import { COMPLIANCE_STATUSES, ROLES } from '@motcua/domain';
import { Link } from 'react-router-dom';
import {
  AutocompleteInput,
  Button,
  CreateButton,
  Datagrid,
  FilterButton,
  List,
  ReferenceInput,
  SearchInput,
  SelectInput,
  SimpleList,
  TextField,
  TopToolbar,
  type RaRecord,
} from 'react-admin';
import { useCan } from '../auth/useCan';
import { ListPagination } from '../layout/ListPagination';
import { OfficerBulkActions } from './OfficerBulkActions';
import {
  CompletenessField,
  OfficerAvatar,
  OfficerNameField,
  RolesField,
  StatusChip,
  StatusField,
  VerifiedField,
} from './OfficerChips';
import { OfficerExportButton } from './OfficerExportButton';
import { ACCOUNT_STATUSES, type Officer } from '@motcua/contracts';
import { ListEmpty } from '../common/ListEmpty';

/** The route the lead wires to import/ImportWizard.tsx. */
export const OFFICER_IMPORT_PATH = '/officers/import';

const yesNo = (yes: string, no: string) => [
  { id: 'true', name: yes },
  { id: 'false', name: no },
];

/** Choice names are i18n keys: react-admin translates them, so the filters follow the language switch. */
const officerFilters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="unitId" reference="units" sort={{ field: 'path', order: 'ASC' }} perPage={50} key="unitId">
    <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <SelectInput source="role" choices={ROLES.map((role) => ({ id: role, name: `admin.roles.${role}` }))} key="role" />,
  <SelectInput
    source="status"
    choices={ACCOUNT_STATUSES.map((status) => ({ id: status, name: `admin.officers.statuses.${status}` }))}
    key="status"
  />,
  <SelectInput
    source="verified"
    choices={yesNo('admin.officers.verified', 'admin.officers.not_verified')}
    key="verified"
  />,
  <SelectInput
    source="confirmed"
    choices={yesNo('admin.officers.confirmed', 'admin.officers.not_confirmed')}
    key="confirmed"
  />,
  <SelectInput
    source="completeness"
    choices={COMPLIANCE_STATUSES.map((status) => ({ id: status, name: `admin.officers.completeness.${status}` }))}
    key="completeness"
  />,
];

const OfficerListActions = () => {
  const { can } = useCan();
  return (
    <TopToolbar>
      <FilterButton />
      <CreateButton />
      {can({ action: 'import', resource: 'officers' }) && (
        <Button component={Link} to={OFFICER_IMPORT_PATH} label="admin.officers.import">
          <UploadFileIcon />
        </Button>
      )}
      <OfficerExportButton />
    </TopToolbar>
  );
};

export const OfficerList = () => {
  const { can } = useCan();
  const isSmall = useMediaQuery<Theme>((theme) => theme.breakpoints.down('md'));
  return (
    <List
      empty={<ListEmpty />}
      filters={officerFilters}
      actions={<OfficerListActions />}
      sort={{ field: 'fullName', order: 'ASC' }}
      perPage={25}
      exporter={false}
      pagination={<ListPagination />}
    >
      {isSmall ? (
        <SimpleList<Officer & RaRecord>
          leftAvatar={(officer) => <OfficerAvatar officer={officer} size={40} />}
          primaryText={(officer) => officer.fullName}
          secondaryText={(officer) => `${officer.username} · ${officer.unitName}`}
          tertiaryText={(officer) => <StatusChip status={officer.status} />}
          rowClick="show"
        />
      ) : (
        <Datagrid
          rowClick="show"
          bulkActionButtons={can({ action: 'edit', resource: 'officers' }) ? <OfficerBulkActions /> : false}
        >
          <OfficerNameField source="fullName" />
          <TextField source="username" />
          <TextField source="unitName" />
          <RolesField source="roles" sortable={false} />
          <StatusField source="status" />
          <CompletenessField source="completeness" sortable={false} />
          <VerifiedField source="verified" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};

export default OfficerList;
