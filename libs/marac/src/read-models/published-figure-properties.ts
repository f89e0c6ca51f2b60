import { ApiProperty } from '@nestjs/swagger';

/** How the figures of published tables are documented: the forms analysts' suppression gives them. */

const with_ = (description: string | undefined, rest: string) => `${description ? `${description} ` : ''}${rest}`;

/**
 * A count in a published table (PublishedCount): exact for coordinators; for analysts 1-4 shows as "<5"
 * (SMALL_COUNT_THRESHOLD) and a count that a total would give a "<5" back from as "suppressed".
 */
export const PublishedCountProperty = (example: number, description?: string): PropertyDecorator =>
  ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: '^(<\\d+|suppressed)$', example: '<5' },
    ],
    example,
    description: with_(
      description,
      'Analysts see counts of 1 to 4 as "<5" (SMALL_COUNT_THRESHOLD), and "suppressed" where a total would give one back.',
    ),
  });

/** A rate or percentage beside published counts (PublishedRatio): null when nothing was counted, "suppressed" with either count. */
export const PublishedRatioProperty = (example: number, description?: string): PropertyDecorator =>
  ApiProperty({
    oneOf: [
      { type: 'number', nullable: true },
      { type: 'string', enum: ['suppressed'] },
    ],
    example,
    description: with_(description, 'Null when no case was heard; "suppressed" for analysts when either of its counts is.'),
  });

/** Cases per 10,000 adult females: null without a population; with analysts' cases suppressed, "<x" or "suppressed". */
export const CasesPer10kProperty = (example: number, description?: string): PropertyDecorator =>
  ApiProperty({
    oneOf: [
      { type: 'number', nullable: true },
      { type: 'string', pattern: '^(<\\d+(\\.\\d+)?|suppressed)$', example: '<0.96' },
    ],
    example,
    description: with_(
      description,
      'Null when the population is not configured. When analysts\' cases are suppressed, "<x" (x: the figure the threshold would give) or "suppressed".',
    ),
  });
