/** Letters only Vietnamese uses: a message a user reads is in Vietnamese. */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/** The one error shape: {statusCode, code, message, errors?: [{field, code, message}]}, in Vietnamese. */
export function expectStandardError(
  body: unknown,
  statusCode: number,
  code: string,
  fieldError?: { field: string; code: string },
): void {
  const error = body as {
    statusCode: number;
    code: string;
    message: string;
    errors?: { field: string; code: string; message: string }[];
  };
  expect(error).toMatchObject({ statusCode, code });
  expect(error.message).toMatch(VIETNAMESE);
  for (const field of error.errors ?? []) {
    expect(Object.keys(field).sort()).toEqual(['code', 'field', 'message']);
    expect(field.message).toMatch(VIETNAMESE);
  }
  if (fieldError) expect(error.errors).toEqual([expect.objectContaining(fieldError)]);
}
