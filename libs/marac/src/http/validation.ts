import { Transform } from 'class-transformer';

/** Query strings carry 'true' / 'false'. */
export const ToBoolean = () => Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value));
