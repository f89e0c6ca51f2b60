import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErasureService } from '@app/access';
import { erasePeopleIndex } from './people-index-writes.js';

/** An erased person's blind-index rows go at once, in the erasing request (the projection deletes them too, from PersonalDataErased). */
@Injectable()
export class PeopleIndexErasure implements OnModuleInit {
  constructor(
    private readonly erasure: ErasureService,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.erasure.registerParticipant({
      name: 'people_search_tokens',
      eraseSubject: (subjectId) => this.dataSource.transaction((manager) => erasePeopleIndex(manager, [subjectId])),
    });
  }
}
