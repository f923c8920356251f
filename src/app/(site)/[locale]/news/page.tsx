import { sitePaths } from '@/platform/sitePaths'
import { newsListPage } from '@/site/newsListPage'

const { generateMetadata, NewsListPage } = newsListPage(sitePaths.newsArchive, { front: false })

export { generateMetadata }

/** The news archive: every item published in this language, ten a page, by cluster. */
export default NewsListPage
