// Arabic messages with a count, one form per plural category of the language (see ../en/plurals.ts).
import type { PluralCatalogue } from '../../language-pack';

// Arabic counts agree with the number: one and two are said in words, 3-10 take the plural, 11-99 the singular
// accusative, 100 and more the singular genitive.
export const arPlurals: PluralCatalogue = {
  fundingCurrentCount: {
    zero: 'لا مبلغ ساريًا في هذا التاريخ',
    one: 'مبلغ واحد سارٍ في هذا التاريخ',
    two: 'مبلغان ساريان في هذا التاريخ',
    few: '{count} مبالغ سارية في هذا التاريخ',
    many: '{count} مبلغًا ساريًا في هذا التاريخ',
    other: '{count} مبلغ سارٍ في هذا التاريخ',
  },
  fundingOpenEnded: {
    zero: 'لا مبلغ بلا تاريخ انتهاء محدد',
    one: 'مبلغ واحد بلا تاريخ انتهاء محدد، يُعدّ ساريًا حتى نهاية سنة وثيقته',
    two: 'مبلغان بلا تاريخ انتهاء محدد، يُعدّان ساريين حتى نهاية سنة وثيقتيهما',
    few: '{count} مبالغ بلا تاريخ انتهاء محدد، تُعدّ سارية حتى نهاية سنة وثائقها',
    many: '{count} مبلغًا بلا تاريخ انتهاء محدد، تُعدّ سارية حتى نهاية سنة وثائقها',
    other: '{count} مبلغ بلا تاريخ انتهاء محدد، تُعدّ سارية حتى نهاية سنة وثائقها',
  },
  fundingLeftOut: {
    zero: 'خارج أي مجموع: لا مبالغ',
    one: 'خارج أي مجموع: مبلغ واحد',
    two: 'خارج أي مجموع: مبلغان',
    few: 'خارج أي مجموع: {count} مبالغ',
    many: 'خارج أي مجموع: {count} مبلغًا',
    other: 'خارج أي مجموع: {count} مبلغ',
  },
  storiesLoaded: {
    zero: 'لم يُفتح أي عرض من {file}.',
    one: 'فُتح عرض واحد من {file}.',
    two: 'فُتح عرضان من {file}.',
    few: 'فُتحت {count} عروض من {file}.',
    many: 'فُتح {count} عرضًا من {file}.',
    other: 'فُتح {count} عرض من {file}.',
  },
};
