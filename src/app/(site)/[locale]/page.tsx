import { sitePaths } from '@/platform/sitePaths'
import { newsListPage } from '@/site/newsListPage'

const { generateMetadata, NewsListPage } = newsListPage(sitePaths.home, { front: true })

export { generateMetadata }

/** The front page: the newest news in this language, optionally of one cluster. */
export default NewsListPage
