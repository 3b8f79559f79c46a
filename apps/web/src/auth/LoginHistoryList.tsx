import { useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement } from 'react';
import { Datagrid, FunctionField, List, SelectInput, SimpleList, TextField, TextInput } from 'react-admin';
import { formatVietnamDateTime } from '@motcua/contracts';
import { LOGIN_OUTCOMES, type LoginEvent } from './authApi';
import { LoginOutcomeChip } from './LoginOutcomeChip';
import { describeUserAgent } from './loginEvents';

const outcomeChoices = LOGIN_OUTCOMES.map((outcome) => ({ id: outcome, name: `app.auth.outcomes.${outcome}` }));

const outcomeFilter = <SelectInput key="outcome" source="outcome" choices={outcomeChoices} alwaysOn />;

interface LoginEventsViewProps {
  resource: string;
  title: string;
  filters: ReactElement[];
  /** Admins see whose attempt each row is. */
  showUsername?: boolean;
}

/** Sign-in attempts, newest first: a table on a desk, one line per attempt on a phone. */
const LoginEventsView = ({ resource, title, filters, showUsername = false }: LoginEventsViewProps) => {
  const isPhone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      resource={resource}
      title={title}
      filters={filters}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      exporter={false}
    >
      {isPhone ? (
        <SimpleList<LoginEvent>
          primaryText={(event) =>
            showUsername && event.username
              ? `${event.username} · ${formatVietnamDateTime(event.createdAt)}`
              : formatVietnamDateTime(event.createdAt)
          }
          secondaryText={(event) => `${describeUserAgent(event.userAgent)} · ${event.ip ?? '—'}`}
          tertiaryText={(event) => <LoginOutcomeChip outcome={event.outcome} />}
          rowClick={false}
        />
      ) : (
        <Datagrid rowClick={false} bulkActionButtons={false}>
          <FunctionField<LoginEvent> source="createdAt" render={(event) => formatVietnamDateTime(event.createdAt)} />
          {showUsername && <TextField source="username" sortable={false} />}
          <FunctionField<LoginEvent>
            source="outcome"
            sortable={false}
            render={(event) => <LoginOutcomeChip outcome={event.outcome} />}
          />
          <TextField source="ip" sortable={false} emptyText="—" />
          <FunctionField<LoginEvent>
            source="userAgent"
            sortable={false}
            render={(event) => <span title={event.userAgent ?? undefined}>{describeUserAgent(event.userAgent)}</span>}
          />
        </Datagrid>
      )}
    </List>
  );
};

/** "Nhật ký đăng nhập": the signed-in officer's own attempts (GET /api/me/logins), at /login-history. */
export const LoginHistoryList = () => (
  <LoginEventsView resource="me/logins" title="app.auth.login_history.title" filters={[outcomeFilter]} />
);

/** Every attempt in the province, for admins (GET /api/login-events), filtered by username and outcome. */
export const LoginEventList = () => (
  <LoginEventsView
    resource="login-events"
    title="app.auth.login_events.title"
    filters={[<TextInput key="username" source="username" alwaysOn />, outcomeFilter]}
    showUsername
  />
);

export default LoginHistoryList;
