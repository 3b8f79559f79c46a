import { Box, Card, CardContent, CardHeader } from '@mui/material';
import {
  EditButton,
  FunctionField,
  Labeled,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { OfficerAuditHistory } from '../audit/OfficerAuditHistory';
import { VERIFY_RECORDS } from '../auth/access';
import { useCan } from '../auth/useCan';
import { DateTimeField } from '../common/DateTimeField';
import { OfficerAccountActions, OfficerVerifyButton } from './OfficerAccountActions';
import { CompletenessField, RolesField, StatusField, VerifiedField } from './OfficerChips';
import { OfficerProfilePanel } from './OfficerProfilePanel';
import type { Officer } from '@motcua/contracts';
import { OptionalTextField } from './OptionalTextField';

const OfficerShowActions = () => {
  const { can } = useCan();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap' }}>
      {can(VERIFY_RECORDS) && <OfficerVerifyButton />}
      {can({ action: 'edit', resource: 'officers' }) && <OfficerAccountActions />}
      <EditButton />
    </TopToolbar>
  );
};

const AccountCard = () => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardHeader title={translate('admin.officers.sections.account')} />
      <CardContent sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
        <Labeled source="username">
          <TextField source="username" />
        </Labeled>
        <Labeled source="unitId">
          <ReferenceField source="unitId" reference="units" link="show" />
        </Labeled>
        <Labeled source="roles">
          <RolesField />
        </Labeled>
        <Labeled source="status">
          <StatusField />
        </Labeled>
        <OptionalTextField source="email" />
        <OptionalTextField source="phone" />
        <Labeled source="twoFactorEnabled">
          <FunctionField<Officer>
            source="twoFactorEnabled"
            render={(o) =>
              translate(o.twoFactorEnabled ? 'admin.officers.two_factor_on' : 'admin.officers.two_factor_off')
            }
          />
        </Labeled>
        <FunctionField<Officer>
          source="lockedUntil"
          render={(o) =>
            o.lockedUntil ? (
              <Labeled source="lockedUntil">
                <DateTimeField source="lockedUntil" />
              </Labeled>
            ) : null
          }
        />
        <Labeled source="completeness">
          <CompletenessField />
        </Labeled>
        <Labeled source="confirmedAt">
          <DateTimeField source="confirmedAt" emptyText="admin.officers.not_confirmed" />
        </Labeled>
        <Labeled source="verifiedAt">
          <VerifiedField detailed />
        </Labeled>
        <Labeled source="updatedAt">
          <DateTimeField source="updatedAt" />
        </Labeled>
      </CardContent>
    </Card>
  );
};

export const OfficerShow = () => (
  <Show actions={<OfficerShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.audit.details_tab">
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 2, p: 2 }}>
          <AccountCard />
          <OfficerProfilePanel />
        </Box>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.audit.history_tab" path="history">
        <OfficerAuditHistory />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);

export default OfficerShow;
