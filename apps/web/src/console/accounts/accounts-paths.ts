import { CONSOLE_PREFIX, CONSOLE_SIGN_IN_PATH } from '../../session/sign-in-required';

/** The sign-in's second step, when the official's roles need a code from an authenticator app. */
export const SECOND_FACTOR_PATH = `${CONSOLE_SIGN_IN_PATH}/xac-thuc`;

/** Where an invited official sets their first password (the e-mailed link adds the token). */
export const INVITATION_PATH = `${CONSOLE_PREFIX}/kich-hoat`;
