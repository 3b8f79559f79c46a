import type { TranslationMessages } from 'react-admin';
import { withFeatureTexts } from './features';
import { raVietnamese } from './ra-vi';

/** Vietnamese, the default language: react-admin's own messages plus the console's. */
const shell: TranslationMessages = {
  ...raVietnamese,
  app: {
    title: 'Một Cửa - Chuẩn hóa thông tin cán bộ',
    short_title: 'Một Cửa',
    language: { switch: 'Ngôn ngữ: %{language}' },
    list: {
      more_than: 'hơn %{total}',
      range: '%{offsetBegin}–%{offsetEnd} trên %{total}',
    },
    form_errors: {
      title: 'Chưa lưu được. Vui lòng sửa %{smart_count} trường sau:',
    },
    errors: {
      network: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    },
  },
};

/** The catalogue: react-admin's, the shell's, and each feature's own texts. */
export const vi: TranslationMessages = withFeatureTexts('vi', shell);

export default vi;
