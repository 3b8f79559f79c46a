// The smallest react-admin app with one resource: the benchmark's reference for the console's initial bundle.
import { createRoot } from 'react-dom/client';
import { Admin, Datagrid, List, Resource, TextField, type DataProvider } from 'react-admin';

const dataProvider = {
  getList: async () => ({ data: [{ id: 1, name: 'A' }], total: 1 }),
} as unknown as DataProvider;

const PostList = () => (
  <List>
    <Datagrid>
      <TextField source="name" />
    </Datagrid>
  </List>
);

createRoot(document.getElementById('root')!).render(
  <Admin dataProvider={dataProvider}>
    <Resource name="posts" list={PostList} />
  </Admin>,
);
