import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiOkResponse, ApiProduces } from '@nestjs/swagger';
import type { ListSpec } from '../list-query/list-query';

export const API_FAILURES = 'apiDescription:failures';
export const API_LIST = 'apiDescription:list';

/** Error codes a route answers beyond those its guards, pipes and DTOs already imply, by status. */
export type Failures = Partial<Record<number, readonly string[]>>;

/**
 * The refusals of a route's own logic (a state transition, a taken name…), for the API description. The statuses
 * every route of its kind answers (401, 403, 400, 404 on ids, 409 on a versioned body…) are derived, not listed.
 */
export const ApiFailures = (failures: Failures) => SetMetadata(API_FAILURES, failures);

export interface ListDescription {
  spec: ListSpec;
  /** false for exports and summaries: the whole filtered list, no page. */
  paged?: boolean;
  /** Filters the route cannot do without (a summary's campaignId). */
  required?: readonly string[];
}

/** The route takes the list conventions of `spec` (page, perPage, sort, order, q, its filters) as query parameters. */
export const ApiListQuery = (spec: ListSpec, options: Omit<ListDescription, 'spec'> = {}) =>
  SetMetadata(API_LIST, { ...options, spec, paged: options.paged ?? true } satisfies ListDescription);

/** A route answering a file rather than JSON. */
export const ApiFileResponse = (...mediaTypes: string[]) =>
  applyDecorators(
    ApiProduces(...mediaTypes),
    ApiOkResponse({
      description: 'Tệp tải về (Content-Disposition: attachment)',
      content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
    }),
  );
