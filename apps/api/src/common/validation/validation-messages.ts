/** Vietnamese messages for class-validator's built-in constraints, keyed by constraint name. */
export const CONSTRAINT_MESSAGES: Record<string, { code: string; message: string }> = {
  whitelistValidation: { code: 'FIELD_NOT_ALLOWED', message: 'Trường này không được phép gửi lên.' },
  isDefined: { code: 'REQUIRED', message: 'Vui lòng nhập giá trị.' },
  isNotEmpty: { code: 'REQUIRED', message: 'Vui lòng nhập giá trị.' },
  isString: { code: 'MUST_BE_STRING', message: 'Giá trị phải là chuỗi ký tự.' },
  isInt: { code: 'MUST_BE_INTEGER', message: 'Giá trị phải là số nguyên.' },
  isNumber: { code: 'MUST_BE_NUMBER', message: 'Giá trị phải là số.' },
  isBoolean: { code: 'MUST_BE_BOOLEAN', message: 'Giá trị phải là đúng hoặc sai (true/false).' },
  isArray: { code: 'MUST_BE_ARRAY', message: 'Giá trị phải là một danh sách.' },
  isIn: { code: 'NOT_ALLOWED_VALUE', message: 'Giá trị không nằm trong danh sách cho phép.' },
  isEnum: { code: 'NOT_ALLOWED_VALUE', message: 'Giá trị không nằm trong danh sách cho phép.' },
  min: { code: 'TOO_SMALL', message: 'Giá trị nhỏ hơn mức cho phép.' },
  max: { code: 'TOO_LARGE', message: 'Giá trị lớn hơn mức cho phép.' },
  minLength: { code: 'TOO_SHORT', message: 'Giá trị quá ngắn.' },
  maxLength: { code: 'TOO_LONG', message: 'Giá trị quá dài.' },
  maxUtf8Bytes: { code: 'TOO_LONG', message: 'Giá trị quá dài.' },
  arrayMaxSize: { code: 'TOO_MANY_ITEMS', message: 'Danh sách có quá nhiều phần tử.' },
  arrayMinSize: { code: 'TOO_FEW_ITEMS', message: 'Danh sách cần có thêm phần tử.' },
  arrayUnique: { code: 'DUPLICATE_ITEMS', message: 'Danh sách có phần tử bị trùng.' },
  matches: { code: 'INVALID_FORMAT', message: 'Giá trị không đúng định dạng.' },
  isDateString: { code: 'INVALID_DATE', message: 'Ngày không hợp lệ.' },
  // class-validator names IsISO8601's constraint "isIso8601".
  isIso8601: { code: 'INVALID_DATE', message: 'Ngày giờ không hợp lệ.' },
  isObject: { code: 'MUST_BE_OBJECT', message: 'Giá trị phải là một đối tượng.' },
  nestedValidation: { code: 'MUST_BE_OBJECT', message: 'Giá trị phải là một đối tượng hợp lệ.' },
};

export const UNKNOWN_CONSTRAINT = { code: 'INVALID_VALUE', message: 'Giá trị không hợp lệ.' };
