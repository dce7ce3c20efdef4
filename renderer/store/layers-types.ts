// The open article's layers as the host lists them (getLayers).
import type { CallOutput } from '../../shared/contract/calls';

export type LayerInfoList = CallOutput<'getLayers'>['layers'];
