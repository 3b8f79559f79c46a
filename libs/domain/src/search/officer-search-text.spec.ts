import { officerSearchText } from './officer-search-text';

describe('the officer search key', () => {
  it('joins the folded name with the identifiers people search by', () => {
    expect(
      officerSearchText({
        fullName: 'Nguyễn Văn Đức',
        username: 'duc.nv',
        email: 'duc@laocai.gov.vn',
        phone: '0912345678',
        citizenId: null,
      }),
    ).toBe('nguyen van duc duc.nv duc@laocai.gov.vn 0912345678');
  });
});
