import { validateEmail, validateFullName, validatePhone, validateUsername } from '@motcua/domain';
import { required } from 'react-admin';
import { domainValidator } from '../common/domainValidators';

/** The account form's checks: the libs/domain rules the API applies, with its messages. */
export const validateOfficerUsername = [required(), domainValidator(validateUsername)];
export const validateOfficerName = [required(), domainValidator(validateFullName)];
export const validateOfficerEmail = domainValidator(validateEmail);
export const validateOfficerPhone = domainValidator(validatePhone);
