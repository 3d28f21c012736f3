import type { AuditAction } from '@kraina/core';
import type { MessageKey } from '../locale/messages.js';

/** How each of core's audited actions reads in the interface. */
export const auditActionLabels: Record<AuditAction, MessageKey> = {
  'sign-in': 'auditActionSignIn',
  'sign-in-failed': 'auditActionSignInFailed',
  'role-changed': 'auditActionRoleChanged',
  published: 'auditActionPublished',
  unpublished: 'auditActionUnpublished',
  deleted: 'auditActionDeleted',
  'token-used': 'auditActionTokenUsed',
  'two-factor-enabled': 'auditActionTwoFactorEnabled',
  'two-factor-disabled': 'auditActionTwoFactorDisabled',
  'recovery-code-used': 'auditActionRecoveryCodeUsed',
  'two-factor-made-mandatory': 'auditActionTwoFactorMandatory',
  'two-factor-made-optional': 'auditActionTwoFactorOptional',
  'password-changed': 'auditActionPasswordChanged',
  'password-reset-issued': 'auditActionPasswordResetIssued',
  'password-reset': 'auditActionPasswordReset',
  created: 'auditActionCreated',
  changed: 'auditActionChanged',
  'account-disabled': 'auditActionAccountDisabled',
  'account-enabled': 'auditActionAccountEnabled',
  'token-created': 'auditActionTokenCreated',
  'token-revoked': 'auditActionTokenRevoked',
};
